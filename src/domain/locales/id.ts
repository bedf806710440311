import type { PageStrings } from "../link-pages";
import type { NotifyStrings } from "../notify-i18n";

// Indonesian: the words of notification mails and of the pages behind their links.
// Translated for Goalpost by the project; not yet reviewed by a native speaker (docs/languages.md).

export const mail: NotifyStrings = {
  subject: {
    reply: "{name} membalas komentar Anda",
    thread: "Komentar baru dari {name} di percakapan yang Anda ikuti",
    confirm: "Konfirmasi email Anda untuk menerima notifikasi komentar",
    moderation: "Komentar dari {name} menunggu moderasi",
  },
  lead: {
    reply: "{name} membalas komentar Anda:",
    thread: "{name} berkomentar di percakapan yang Anda ikuti:",
    confirm:
      "Alamat ini dimasukkan ke formulir komentar untuk menerima notifikasi komentar. Konfirmasikan bahwa alamat ini milik Anda:",
    moderation: "{name} mengirim komentar yang menunggu persetujuan Anda:",
  },
  open: "Baca percakapan",
  confirm: "Konfirmasi alamat email saya",
  confirmNote:
    "Jika Anda tidak memintanya, abaikan pesan ini, atau berhenti berlangganan dan kami tidak akan menulis lagi.",
  moderate: "Setujui atau tolak di antrean moderasi (ID komentar {id}).",
  footer: {
    reply: "Anda menerima pesan ini karena meminta diberi tahu tentang balasan untuk komentar Anda.",
    thread: "Anda menerima pesan ini karena mengikuti komentar di percakapan ini.",
    confirm: "Seseorang memasukkan alamat ini ke formulir komentar.",
    moderation: "Anda menerima pesan ini karena alamat ini milik pemilik situs (OWNER_EMAIL).",
  },
  unsubscribe: "Berhenti berlangganan",
  unsubscribeAll: "Hentikan semua email komentar ke alamat ini",
};

export const page: PageStrings = {
  confirm: {
    title: "Konfirmasi alamat email Anda",
    text: "Seseorang meminta notifikasi komentar dikirim ke alamat ini. Jika itu Anda, konfirmasikan di bawah; jika bukan, tutup halaman ini dan tidak akan terjadi apa-apa.",
    button: "Konfirmasi alamat email saya",
  },
  confirmed: {
    title: "Email dikonfirmasi",
    text: "Terima kasih. Anda akan menerima notifikasi komentar yang Anda minta.",
  },
  unsubscribe: {
    thread: {
      title: "Berhenti berlangganan",
      text: "Hentikan notifikasi tentang percakapan ini?",
      button: "Berhenti berlangganan",
    },
    all: {
      title: "Berhenti berlangganan",
      text: "Hentikan semua email komentar ke alamat ini, sekarang dan untuk langganan berikutnya?",
      button: "Berhenti berlangganan",
    },
    moderation: {
      title: "Berhenti berlangganan",
      text: "Hentikan pemberitahuan moderasi?",
      button: "Berhenti berlangganan",
    },
  },
  unsubscribed: {
    thread: { title: "Langganan dihentikan", text: "Anda tidak akan menerima notifikasi lagi tentang percakapan ini." },
    all: {
      title: "Langganan dihentikan",
      text: "Alamat ini telah dihapus dari semua langganan dan tidak akan dikirimi pesan lagi kecuali Anda mengonfirmasi langganan baru.",
    },
    moderation: { title: "Langganan dihentikan", text: "Anda tidak akan menerima pemberitahuan moderasi lagi." },
  },
  invalid: {
    title: "Tautan tidak valid",
    text: "Tautan ini tidak dikenal, kedaluwarsa, atau telah diganti dengan yang lebih baru.",
  },
};
