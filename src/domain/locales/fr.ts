import type { PageStrings } from "../link-pages";
import type { NotifyStrings } from "../notify-i18n";

// French: the words of notification mails and of the pages behind their links.
// Translated for Goalpost by the project; not yet reviewed by a native speaker (docs/languages.md).

export const mail: NotifyStrings = {
  subject: {
    reply: "{name} a répondu à votre commentaire",
    thread: "Nouveau commentaire de {name} dans une conversation que vous suivez",
    confirm: "Confirmez votre adresse e-mail pour recevoir les notifications de commentaires",
    moderation: "Un commentaire de {name} attend la modération",
  },
  lead: {
    reply: "{name} a répondu à votre commentaire :",
    thread: "{name} a commenté dans une conversation que vous suivez :",
    confirm:
      "Cette adresse a été saisie dans un formulaire de commentaire pour recevoir les notifications de commentaires. Confirmez qu’elle est à vous :",
    moderation: "{name} a publié un commentaire qui attend votre validation :",
  },
  open: "Lire la conversation",
  confirm: "Confirmer mon adresse e-mail",
  confirmNote:
    "Si vous n’êtes pas à l’origine de cette demande, ignorez ce message, ou désabonnez-vous et nous ne vous écrirons plus.",
  moderate: "Validez-le ou refusez-le dans la file de modération (identifiant du commentaire {id}).",
  footer: {
    reply: "Vous recevez ce message parce que vous avez demandé à recevoir les réponses à votre commentaire.",
    thread: "Vous recevez ce message parce que vous suivez les commentaires de cette conversation.",
    confirm: "Quelqu’un a saisi cette adresse dans un formulaire de commentaire.",
    moderation: "Vous recevez ce message parce que cette adresse est celle du propriétaire du site (OWNER_EMAIL).",
  },
  unsubscribe: "Se désabonner",
  unsubscribeAll: "Ne plus envoyer aucun e-mail de commentaires à cette adresse",
};

export const page: PageStrings = {
  confirm: {
    title: "Confirmez votre adresse e-mail",
    text: "Quelqu’un a demandé des notifications de commentaires à cette adresse. Si c’est vous, confirmez ci-dessous ; sinon, fermez cette page et rien ne se passera.",
    button: "Confirmer mon adresse e-mail",
  },
  confirmed: {
    title: "Adresse e-mail confirmée",
    text: "Merci. Vous recevrez les notifications de commentaires demandées.",
  },
  unsubscribe: {
    thread: {
      title: "Se désabonner",
      text: "Ne plus recevoir de notifications sur cette conversation ?",
      button: "Se désabonner",
    },
    all: {
      title: "Se désabonner",
      text: "Ne plus recevoir aucun e-mail de commentaires à cette adresse, maintenant et pour les abonnements futurs ?",
      button: "Se désabonner",
    },
    moderation: { title: "Se désabonner", text: "Ne plus recevoir les avis de modération ?", button: "Se désabonner" },
  },
  unsubscribed: {
    thread: { title: "Désabonnement effectué", text: "Vous ne recevrez plus de notifications sur cette conversation." },
    all: {
      title: "Désabonnement effectué",
      text: "Cette adresse a été retirée de tous les abonnements et ne recevra plus rien, sauf si vous en confirmez un nouveau.",
    },
    moderation: { title: "Désabonnement effectué", text: "Vous ne recevrez plus d’avis de modération." },
  },
  invalid: {
    title: "Lien non valide",
    text: "Ce lien est inconnu, a expiré ou a été remplacé par un lien plus récent.",
  },
};
