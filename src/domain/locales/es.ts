import type { PageStrings } from "../link-pages";
import type { NotifyStrings } from "../notify-i18n";

// Spanish: the words of notification mails and of the pages behind their links.
// Translated for Goalpost by the project; not yet reviewed by a native speaker (docs/languages.md).

export const mail: NotifyStrings = {
  subject: {
    reply: "{name} respondió a tu comentario",
    thread: "Nuevo comentario de {name} en una conversación que sigues",
    confirm: "Confirma tu correo para recibir avisos de comentarios",
    moderation: "Un comentario de {name} está pendiente de moderación",
  },
  lead: {
    reply: "{name} respondió a tu comentario:",
    thread: "{name} comentó en una conversación que sigues:",
    confirm:
      "Esta dirección se introdujo en un formulario de comentarios para recibir avisos de comentarios. Confirma que es tuya:",
    moderation: "{name} publicó un comentario que espera tu aprobación:",
  },
  open: "Leer la conversación",
  confirm: "Confirmar mi dirección de correo",
  confirmNote: "Si no lo pediste, ignora este mensaje, o date de baja y no volveremos a escribirte.",
  moderate: "Apruébalo o recházalo en la cola de moderación (id del comentario {id}).",
  footer: {
    reply: "Recibes esto porque pediste avisos de las respuestas a tu comentario.",
    thread: "Recibes esto porque sigues los comentarios de esta conversación.",
    confirm: "Alguien introdujo esta dirección en un formulario de comentarios.",
    moderation: "Recibes esto porque esta es la dirección del propietario del sitio (OWNER_EMAIL).",
  },
  unsubscribe: "Darse de baja",
  unsubscribeAll: "No enviar más correos de comentarios a esta dirección",
};

export const page: PageStrings = {
  confirm: {
    title: "Confirma tu dirección de correo",
    text: "Alguien pidió avisos de comentarios para esta dirección. Si fuiste tú, confirma abajo; si no, cierra esta página y no pasará nada.",
    button: "Confirmar mi dirección de correo",
  },
  confirmed: { title: "Correo confirmado", text: "Gracias. Recibirás los avisos de comentarios que pediste." },
  unsubscribe: {
    thread: {
      title: "Darse de baja",
      text: "¿Dejar de recibir avisos sobre esta conversación?",
      button: "Darse de baja",
    },
    all: {
      title: "Darse de baja",
      text: "¿Dejar de recibir todos los correos de comentarios en esta dirección, ahora y en futuras suscripciones?",
      button: "Darse de baja",
    },
    moderation: { title: "Darse de baja", text: "¿Dejar de recibir avisos de moderación?", button: "Darse de baja" },
  },
  unsubscribed: {
    thread: { title: "Baja confirmada", text: "Ya no recibirás avisos sobre esta conversación." },
    all: {
      title: "Baja confirmada",
      text: "Esta dirección se ha quitado de todas las suscripciones y no recibirá más mensajes a menos que confirmes una nueva.",
    },
    moderation: { title: "Baja confirmada", text: "Ya no recibirás avisos de moderación." },
  },
  invalid: {
    title: "Enlace no válido",
    text: "Este enlace es desconocido, ha caducado o se ha sustituido por uno más reciente.",
  },
};
