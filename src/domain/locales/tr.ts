import type { PageStrings } from "../link-pages";
import type { NotifyStrings } from "../notify-i18n";

// Turkish: the words of notification mails and of the pages behind their links.
// Translated for Goalpost by the project; not yet reviewed by a native speaker (docs/languages.md).

export const mail: NotifyStrings = {
  subject: {
    reply: "{name} yorumunuza yanıt verdi",
    thread: "Takip ettiğiniz bir sohbette {name} yeni bir yorum yazdı",
    confirm: "Yorum bildirimleri almak için e-postanızı onaylayın",
    moderation: "{name} tarafından yazılan bir yorum onay bekliyor",
  },
  lead: {
    reply: "{name} yorumunuza yanıt verdi:",
    thread: "{name}, takip ettiğiniz bir sohbete yorum yazdı:",
    confirm: "Bu adres, yorum bildirimleri almak için bir yorum formuna girildi. Adresin size ait olduğunu onaylayın:",
    moderation: "{name} onayınızı bekleyen bir yorum gönderdi:",
  },
  open: "Sohbeti okuyun",
  confirm: "E-posta adresimi onayla",
  confirmNote: "Bunu siz istemediyseniz bu iletiyi yok sayın ya da abonelikten çıkın; size bir daha yazmayız.",
  moderate: "Moderasyon kuyruğunda onaylayın veya reddedin (yorum kimliği {id}).",
  footer: {
    reply: "Bu iletiyi, yorumunuza gelen yanıtlardan haberdar olmak istediğiniz için alıyorsunuz.",
    thread: "Bu iletiyi, bu sohbetin yorumlarını takip ettiğiniz için alıyorsunuz.",
    confirm: "Birisi bu adresi bir yorum formuna girdi.",
    moderation: "Bu iletiyi, bu adres site sahibine ait olduğu için alıyorsunuz (OWNER_EMAIL).",
  },
  unsubscribe: "Abonelikten çık",
  unsubscribeAll: "Bu adrese artık hiçbir yorum e-postası gönderme",
};

export const page: PageStrings = {
  confirm: {
    title: "E-posta adresinizi onaylayın",
    text: "Birisi bu adrese yorum bildirimleri gönderilmesini istedi. Siz istediyseniz aşağıdan onaylayın; istemediyseniz bu sayfayı kapatın, hiçbir şey olmaz.",
    button: "E-posta adresimi onayla",
  },
  confirmed: { title: "E-posta onaylandı", text: "Teşekkürler. İstediğiniz yorum bildirimlerini alacaksınız." },
  unsubscribe: {
    thread: {
      title: "Abonelikten çık",
      text: "Bu sohbetle ilgili bildirimler durdurulsun mu?",
      button: "Abonelikten çık",
    },
    all: {
      title: "Abonelikten çık",
      text: "Bu adrese giden tüm yorum e-postaları, şimdi ve sonraki abonelikler için durdurulsun mu?",
      button: "Abonelikten çık",
    },
    moderation: {
      title: "Abonelikten çık",
      text: "Moderasyon bildirimleri durdurulsun mu?",
      button: "Abonelikten çık",
    },
  },
  unsubscribed: {
    thread: { title: "Abonelikten çıkıldı", text: "Bu sohbetle ilgili artık bildirim almayacaksınız." },
    all: {
      title: "Abonelikten çıkıldı",
      text: "Bu adres tüm aboneliklerden çıkarıldı; yeni bir aboneliği onaylamadığınız sürece bu adrese bir daha yazılmayacak.",
    },
    moderation: { title: "Abonelikten çıkıldı", text: "Artık moderasyon bildirimi almayacaksınız." },
  },
  invalid: {
    title: "Bağlantı geçersiz",
    text: "Bu bağlantı bilinmiyor, süresi dolmuş ya da yerine daha yeni bir bağlantı gönderilmiş.",
  },
};
