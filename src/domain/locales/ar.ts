import type { PageStrings } from "../link-pages";
import type { NotifyStrings } from "../notify-i18n";

// Arabic (Modern Standard Arabic): the words of notification mails and of the pages behind their links.
// Translated for Goalpost by the project; not yet reviewed by a native speaker (docs/languages.md).

export const mail: NotifyStrings = {
  subject: {
    reply: "ردّ {name} على تعليقك",
    thread: "تعليق جديد من {name} في نقاش تتابعه",
    confirm: "أكّد بريدك الإلكتروني لتصلك إشعارات التعليقات",
    moderation: "تعليق من {name} بانتظار المراجعة",
  },
  lead: {
    reply: "ردّ {name} على تعليقك:",
    thread: "علّق {name} في نقاش تتابعه:",
    confirm: "أُدخل هذا العنوان في نموذج تعليق لتلقّي إشعارات التعليقات. أكّد أنه عنوانك:",
    moderation: "نشر {name} تعليقًا ينتظر موافقتك:",
  },
  open: "اقرأ النقاش",
  confirm: "تأكيد عنوان بريدي الإلكتروني",
  confirmNote: "إن لم تطلب ذلك، فتجاهل هذه الرسالة، أو ألغِ الاشتراك ولن نراسلك مجددًا.",
  moderate: "وافق عليه أو ارفضه في قائمة الإشراف (معرّف التعليق {id}).",
  footer: {
    reply: "تصلك هذه الرسالة لأنك طلبت إعلامك بالردود على تعليقك.",
    thread: "تصلك هذه الرسالة لأنك تتابع تعليقات هذا النقاش.",
    confirm: "أدخل أحدهم هذا العنوان في نموذج تعليق.",
    moderation: "تصلك هذه الرسالة لأن هذا العنوان هو عنوان مالك الموقع (OWNER_EMAIL).",
  },
  unsubscribe: "إلغاء الاشتراك",
  unsubscribeAll: "إيقاف كل رسائل التعليقات إلى هذا العنوان",
};

export const page: PageStrings = {
  confirm: {
    title: "تأكيد عنوان بريدك الإلكتروني",
    text: "طلب أحدهم إرسال إشعارات التعليقات إلى هذا العنوان. إن كنت أنت، فأكّد أدناه؛ وإن لم تكن، فأغلق هذه الصفحة ولن يحدث شيء.",
    button: "تأكيد عنوان بريدي الإلكتروني",
  },
  confirmed: { title: "تم تأكيد البريد الإلكتروني", text: "شكرًا لك. ستصلك إشعارات التعليقات التي طلبتها." },
  unsubscribe: {
    thread: { title: "إلغاء الاشتراك", text: "إيقاف الإشعارات عن هذا النقاش؟", button: "إلغاء الاشتراك" },
    all: {
      title: "إلغاء الاشتراك",
      text: "إيقاف كل رسائل التعليقات إلى هذا العنوان، الآن وفي أي اشتراك لاحق؟",
      button: "إلغاء الاشتراك",
    },
    moderation: { title: "إلغاء الاشتراك", text: "إيقاف إشعارات الإشراف؟", button: "إلغاء الاشتراك" },
  },
  unsubscribed: {
    thread: { title: "تم إلغاء الاشتراك", text: "لن تصلك إشعارات أخرى عن هذا النقاش." },
    all: {
      title: "تم إلغاء الاشتراك",
      text: "أُزيل هذا العنوان من كل الاشتراكات، ولن نراسله مجددًا ما لم تؤكّد اشتراكًا جديدًا.",
    },
    moderation: { title: "تم إلغاء الاشتراك", text: "لن تصلك إشعارات إشراف أخرى." },
  },
  invalid: { title: "الرابط غير صالح", text: "هذا الرابط غير معروف أو منتهي الصلاحية أو استُبدل برابط أحدث." },
};
