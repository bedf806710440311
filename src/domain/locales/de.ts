import type { PageStrings } from "../link-pages";
import type { NotifyStrings } from "../notify-i18n";

// German: the words of notification mails and of the pages behind their links.

export const mail: NotifyStrings = {
  subject: {
    reply: "{name} hat auf deinen Kommentar geantwortet",
    thread: "Neuer Kommentar von {name} in einer Unterhaltung, der du folgst",
    confirm: "Bestätige deine E-Mail-Adresse für Kommentar-Benachrichtigungen",
    moderation: "Ein Kommentar von {name} wartet auf Freigabe",
  },
  lead: {
    reply: "{name} hat auf deinen Kommentar geantwortet:",
    thread: "{name} hat in einer Unterhaltung kommentiert, der du folgst:",
    confirm:
      "Diese Adresse wurde in ein Kommentarformular eingetragen, um Kommentar-Benachrichtigungen zu erhalten. Bestätige, dass sie dir gehört:",
    moderation: "{name} hat einen Kommentar geschrieben, der auf deine Freigabe wartet:",
  },
  open: "Zur Unterhaltung",
  confirm: "E-Mail-Adresse bestätigen",
  confirmNote: "Wenn du das nicht warst, ignoriere diese Nachricht oder melde dich ab; dann schreiben wir nie wieder.",
  moderate: "Gib ihn in der Moderation frei oder lehne ihn ab (Kommentar-ID {id}).",
  footer: {
    reply: "Du erhältst diese Nachricht, weil du über Antworten auf deinen Kommentar informiert werden wolltest.",
    thread: "Du erhältst diese Nachricht, weil du den Kommentaren dieser Unterhaltung folgst.",
    confirm: "Jemand hat diese Adresse in ein Kommentarformular eingegeben.",
    moderation: "Du erhältst diese Nachricht, weil diese Adresse die des Seitenbetreibers ist (OWNER_EMAIL).",
  },
  unsubscribe: "Abmelden",
  unsubscribeAll: "Keine Kommentar-Mails mehr an diese Adresse",
};

export const page: PageStrings = {
  confirm: {
    title: "E-Mail-Adresse bestätigen",
    text: "Jemand hat Kommentar-Benachrichtigungen an diese Adresse bestellt. Wenn du das warst, bestätige unten; wenn nicht, schließe diese Seite, dann passiert nichts.",
    button: "E-Mail-Adresse bestätigen",
  },
  confirmed: {
    title: "E-Mail-Adresse bestätigt",
    text: "Danke. Du erhältst die Kommentar-Benachrichtigungen, die du bestellt hast.",
  },
  unsubscribe: {
    thread: { title: "Abmelden", text: "Keine Benachrichtigungen mehr zu dieser Unterhaltung?", button: "Abmelden" },
    all: {
      title: "Abmelden",
      text: "Keine Kommentar-Mails mehr an diese Adresse, jetzt und für spätere Bestellungen?",
      button: "Abmelden",
    },
    moderation: { title: "Abmelden", text: "Keine Moderationshinweise mehr?", button: "Abmelden" },
  },
  unsubscribed: {
    thread: { title: "Abgemeldet", text: "Du erhältst keine Benachrichtigungen zu dieser Unterhaltung mehr." },
    all: {
      title: "Abgemeldet",
      text: "Diese Adresse ist von allen Benachrichtigungen abgemeldet und erhält nichts mehr, bis du eine neue bestätigst.",
    },
    moderation: { title: "Abgemeldet", text: "Du erhältst keine Moderationshinweise mehr." },
  },
  invalid: {
    title: "Link ungültig",
    text: "Dieser Link ist unbekannt, abgelaufen oder wurde durch einen neueren ersetzt.",
  },
};
