import type { PageStrings } from "../link-pages";
import type { NotifyStrings } from "../notify-i18n";

// Portuguese (Brazil): the words of notification mails and of the pages behind their links.
// Translated for Goalpost by the project; not yet reviewed by a native speaker (docs/languages.md).

export const mail: NotifyStrings = {
  subject: {
    reply: "{name} respondeu ao seu comentário",
    thread: "Novo comentário de {name} em uma conversa que você acompanha",
    confirm: "Confirme seu e-mail para receber notificações de comentários",
    moderation: "Um comentário de {name} está aguardando moderação",
  },
  lead: {
    reply: "{name} respondeu ao seu comentário:",
    thread: "{name} comentou em uma conversa que você acompanha:",
    confirm:
      "Este endereço foi informado em um formulário de comentário para receber notificações de comentários. Confirme que ele é seu:",
    moderation: "{name} publicou um comentário que está aguardando sua aprovação:",
  },
  open: "Ler a conversa",
  confirm: "Confirmar meu endereço de e-mail",
  confirmNote: "Se você não pediu isso, ignore esta mensagem ou cancele a inscrição, e não escreveremos novamente.",
  moderate: "Aprove ou rejeite o comentário na fila de moderação (ID do comentário {id}).",
  footer: {
    reply: "Você recebeu esta mensagem porque pediu avisos sobre respostas ao seu comentário.",
    thread: "Você recebeu esta mensagem porque acompanha os comentários desta conversa.",
    confirm: "Alguém informou este endereço em um formulário de comentário.",
    moderation: "Você recebeu esta mensagem porque este é o endereço do proprietário do site (OWNER_EMAIL).",
  },
  unsubscribe: "Cancelar inscrição",
  unsubscribeAll: "Parar todos os e-mails de comentários para este endereço",
};

export const page: PageStrings = {
  confirm: {
    title: "Confirme seu endereço de e-mail",
    text: "Alguém pediu notificações de comentários para este endereço. Se foi você, confirme abaixo; se não, feche esta página e nada acontecerá.",
    button: "Confirmar meu endereço de e-mail",
  },
  confirmed: { title: "E-mail confirmado", text: "Obrigado. Você receberá as notificações de comentários que pediu." },
  unsubscribe: {
    thread: {
      title: "Cancelar inscrição",
      text: "Parar as notificações sobre esta conversa?",
      button: "Cancelar inscrição",
    },
    all: {
      title: "Cancelar inscrição",
      text: "Parar todos os e-mails de comentários para este endereço, agora e em inscrições futuras?",
      button: "Cancelar inscrição",
    },
    moderation: { title: "Cancelar inscrição", text: "Parar os avisos de moderação?", button: "Cancelar inscrição" },
  },
  unsubscribed: {
    thread: { title: "Inscrição cancelada", text: "Você não receberá mais notificações sobre esta conversa." },
    all: {
      title: "Inscrição cancelada",
      text: "Este endereço foi removido de todas as inscrições e não receberá mais mensagens, a menos que você confirme uma nova.",
    },
    moderation: { title: "Inscrição cancelada", text: "Você não receberá mais avisos de moderação." },
  },
  invalid: {
    title: "Link inválido",
    text: "Este link é desconhecido, expirou ou foi substituído por um mais recente.",
  },
};
