import type { PageStrings } from "../link-pages";
import type { NotifyStrings } from "../notify-i18n";

// Dutch: the words of notification mails and of the pages behind their links.
// Translated for Goalpost by the project; not yet reviewed by a native speaker (docs/languages.md).

export const mail: NotifyStrings = {
  subject: {
    reply: "{name} heeft op je reactie gereageerd",
    thread: "Nieuwe reactie van {name} in een gesprek dat je volgt",
    confirm: "Bevestig je e-mailadres om meldingen over reacties te krijgen",
    moderation: "Een reactie van {name} wacht op moderatie",
  },
  lead: {
    reply: "{name} heeft op je reactie gereageerd:",
    thread: "{name} heeft gereageerd in een gesprek dat je volgt:",
    confirm:
      "Dit adres is in een reactieformulier ingevuld om meldingen over reacties te krijgen. Bevestig dat het van jou is:",
    moderation: "{name} heeft een reactie geplaatst die op je goedkeuring wacht:",
  },
  open: "Lees het gesprek",
  confirm: "Mijn e-mailadres bevestigen",
  confirmNote: "Heb je hier niet om gevraagd? Negeer dan dit bericht, of meld je af en we schrijven je niet meer.",
  moderate: "Keur de reactie goed of af in de moderatiewachtrij (reactie-id {id}).",
  footer: {
    reply: "Je krijgt dit bericht omdat je meldingen wilde over antwoorden op je reactie.",
    thread: "Je krijgt dit bericht omdat je de reacties in dit gesprek volgt.",
    confirm: "Iemand heeft dit adres in een reactieformulier ingevuld.",
    moderation: "Je krijgt dit bericht omdat dit het adres van de site-eigenaar is (OWNER_EMAIL).",
  },
  unsubscribe: "Afmelden",
  unsubscribeAll: "Geen e-mail over reacties meer naar dit adres",
};

export const page: PageStrings = {
  confirm: {
    title: "Bevestig je e-mailadres",
    text: "Iemand heeft meldingen over reacties naar dit adres aangevraagd. Was jij dat, bevestig dan hieronder; zo niet, sluit deze pagina en er gebeurt niets.",
    button: "Mijn e-mailadres bevestigen",
  },
  confirmed: {
    title: "E-mailadres bevestigd",
    text: "Bedankt. Je krijgt de meldingen over reacties waar je om hebt gevraagd.",
  },
  unsubscribe: {
    thread: { title: "Afmelden", text: "Geen meldingen meer over dit gesprek?", button: "Afmelden" },
    all: {
      title: "Afmelden",
      text: "Geen e-mail over reacties meer naar dit adres, nu en voor latere aanmeldingen?",
      button: "Afmelden",
    },
    moderation: { title: "Afmelden", text: "Geen moderatiemeldingen meer?", button: "Afmelden" },
  },
  unsubscribed: {
    thread: { title: "Afgemeld", text: "Je krijgt geen meldingen meer over dit gesprek." },
    all: {
      title: "Afgemeld",
      text: "Dit adres is van alle aanmeldingen verwijderd en krijgt niets meer, tenzij je een nieuwe aanmelding bevestigt.",
    },
    moderation: { title: "Afgemeld", text: "Je krijgt geen moderatiemeldingen meer." },
  },
  invalid: { title: "Link ongeldig", text: "Deze link is onbekend, verlopen of vervangen door een nieuwere." },
};
