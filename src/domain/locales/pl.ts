import type { PageStrings } from "../link-pages";
import type { NotifyStrings } from "../notify-i18n";

// Polish: the words of notification mails and of the pages behind their links.
// Translated for Goalpost by the project; not yet reviewed by a native speaker (docs/languages.md).

export const mail: NotifyStrings = {
  subject: {
    reply: "Nowa odpowiedź od {name} na Twój komentarz",
    thread: "Nowy komentarz od {name} w obserwowanej dyskusji",
    confirm: "Potwierdź adres e-mail, aby otrzymywać powiadomienia o komentarzach",
    moderation: "Komentarz od {name} czeka na moderację",
  },
  lead: {
    reply: "Nowa odpowiedź od {name} na Twój komentarz:",
    thread: "Nowy komentarz od {name} w obserwowanej dyskusji:",
    confirm:
      "Ten adres został wpisany w formularzu komentarza, aby otrzymywać powiadomienia o komentarzach. Potwierdź, że należy do Ciebie:",
    moderation: "Nowy komentarz od {name} czeka na Twoją akceptację:",
  },
  open: "Przejdź do dyskusji",
  confirm: "Potwierdzam adres e-mail",
  confirmNote: "Jeśli to nie Ty, zignoruj tę wiadomość albo wypisz się, a więcej do Ciebie nie napiszemy.",
  moderate: "Zaakceptuj go lub odrzuć w kolejce moderacji (identyfikator komentarza {id}).",
  footer: {
    reply: "Otrzymujesz tę wiadomość, ponieważ poproszono o powiadomienia o odpowiedziach na Twój komentarz.",
    thread: "Otrzymujesz tę wiadomość, ponieważ obserwujesz komentarze w tej dyskusji.",
    confirm: "Ktoś wpisał ten adres w formularzu komentarza.",
    moderation: "Otrzymujesz tę wiadomość, ponieważ to adres właściciela strony (OWNER_EMAIL).",
  },
  unsubscribe: "Wypisz się",
  unsubscribeAll: "Nie wysyłaj już wiadomości o komentarzach na ten adres",
};

export const page: PageStrings = {
  confirm: {
    title: "Potwierdź adres e-mail",
    text: "Ktoś poprosił o powiadomienia o komentarzach na ten adres. Jeśli to Ty, potwierdź poniżej; jeśli nie, zamknij tę stronę i nic się nie stanie.",
    button: "Potwierdzam adres e-mail",
  },
  confirmed: {
    title: "Adres e-mail potwierdzony",
    text: "Dziękujemy. Będziesz otrzymywać zamówione powiadomienia o komentarzach.",
  },
  unsubscribe: {
    thread: { title: "Wypisz się", text: "Wyłączyć powiadomienia o tej dyskusji?", button: "Wypisz się" },
    all: {
      title: "Wypisz się",
      text: "Wyłączyć wszystkie wiadomości o komentarzach na ten adres, teraz i przy przyszłych subskrypcjach?",
      button: "Wypisz się",
    },
    moderation: { title: "Wypisz się", text: "Wyłączyć powiadomienia o moderacji?", button: "Wypisz się" },
  },
  unsubscribed: {
    thread: { title: "Wypisano", text: "Nie będziesz już otrzymywać powiadomień o tej dyskusji." },
    all: {
      title: "Wypisano",
      text: "Ten adres usunięto ze wszystkich subskrypcji i nie napiszemy na niego, dopóki nie potwierdzisz nowej.",
    },
    moderation: { title: "Wypisano", text: "Nie będziesz już otrzymywać powiadomień o moderacji." },
  },
  invalid: { title: "Nieprawidłowy link", text: "Ten link jest nieznany, wygasł albo został zastąpiony nowszym." },
};
