import type { PageStrings } from "../link-pages";
import type { NotifyStrings } from "../notify-i18n";

// Italian: the words of notification mails and of the pages behind their links.
// Translated for Goalpost by the project; not yet reviewed by a native speaker (docs/languages.md).

export const mail: NotifyStrings = {
  subject: {
    reply: "{name} ha risposto al tuo commento",
    thread: "Nuovo commento di {name} in una conversazione che segui",
    confirm: "Conferma la tua email per ricevere le notifiche dei commenti",
    moderation: "Un commento di {name} è in attesa di moderazione",
  },
  lead: {
    reply: "{name} ha risposto al tuo commento:",
    thread: "{name} ha commentato in una conversazione che segui:",
    confirm:
      "Questo indirizzo è stato inserito in un modulo di commento per ricevere le notifiche dei commenti. Conferma che è tuo:",
    moderation: "{name} ha pubblicato un commento in attesa della tua approvazione:",
  },
  open: "Leggi la conversazione",
  confirm: "Conferma il mio indirizzo email",
  confirmNote:
    "Se non l’hai richiesto tu, ignora questo messaggio oppure annulla l’iscrizione e non ti scriveremo più.",
  moderate: "Approvalo o rifiutalo nella coda di moderazione (ID commento {id}).",
  footer: {
    reply: "Ricevi questo messaggio perché hai chiesto gli avvisi sulle risposte al tuo commento.",
    thread: "Ricevi questo messaggio perché segui i commenti di questa conversazione.",
    confirm: "Qualcuno ha inserito questo indirizzo in un modulo di commento.",
    moderation: "Ricevi questo messaggio perché questo è l’indirizzo del proprietario del sito (OWNER_EMAIL).",
  },
  unsubscribe: "Annulla l’iscrizione",
  unsubscribeAll: "Non inviare più email sui commenti a questo indirizzo",
};

export const page: PageStrings = {
  confirm: {
    title: "Conferma il tuo indirizzo email",
    text: "Qualcuno ha chiesto di ricevere le notifiche dei commenti a questo indirizzo. Se la richiesta è tua, conferma qui sotto; altrimenti chiudi questa pagina e non succederà nulla.",
    button: "Conferma il mio indirizzo email",
  },
  confirmed: { title: "Email confermata", text: "Grazie. Riceverai le notifiche dei commenti che hai richiesto." },
  unsubscribe: {
    thread: {
      title: "Annulla l’iscrizione",
      text: "Interrompere le notifiche su questa conversazione?",
      button: "Annulla l’iscrizione",
    },
    all: {
      title: "Annulla l’iscrizione",
      text: "Interrompere tutte le email sui commenti a questo indirizzo, ora e per le iscrizioni future?",
      button: "Annulla l’iscrizione",
    },
    moderation: {
      title: "Annulla l’iscrizione",
      text: "Interrompere gli avvisi di moderazione?",
      button: "Annulla l’iscrizione",
    },
  },
  unsubscribed: {
    thread: { title: "Iscrizione annullata", text: "Non riceverai più notifiche su questa conversazione." },
    all: {
      title: "Iscrizione annullata",
      text: "Questo indirizzo è stato rimosso da tutte le iscrizioni e non riceverà più messaggi, a meno che tu non ne confermi una nuova.",
    },
    moderation: { title: "Iscrizione annullata", text: "Non riceverai più avvisi di moderazione." },
  },
  invalid: {
    title: "Link non valido",
    text: "Questo link è sconosciuto, scaduto o è stato sostituito da uno più recente.",
  },
};
