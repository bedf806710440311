import type { PageStrings } from "../link-pages";
import type { NotifyStrings } from "../notify-i18n";

// Hebrew: the words of notification mails and of the pages behind their links.
// Translated for Goalpost by the project; not yet reviewed by a native speaker (docs/languages.md).

export const mail: NotifyStrings = {
  subject: {
    reply: "התקבלה תשובה מ־{name} לתגובה שלך",
    thread: "תגובה חדשה מ־{name} בדיון שבמעקב שלך",
    confirm: "אישור כתובת האימייל לקבלת התראות על תגובות",
    moderation: "תגובה מ־{name} ממתינה לאישור",
  },
  lead: {
    reply: "התקבלה תשובה מ־{name} לתגובה שלך:",
    thread: "תגובה חדשה מ־{name} בדיון שבמעקב שלך:",
    confirm: "הכתובת הזו הוזנה בטופס תגובה לקבלת התראות על תגובות. יש לאשר שהיא שלך:",
    moderation: "תגובה חדשה מ־{name} ממתינה לאישורך:",
  },
  open: "לקריאת הדיון",
  confirm: "אישור כתובת האימייל שלי",
  confirmNote: "אם לא ביקשת זאת, אפשר להתעלם מההודעה, או לבטל את המנוי ולא נכתוב שוב.",
  moderate: "אפשר לאשר או לדחות אותה בתור הניהול (מזהה התגובה {id}).",
  footer: {
    reply: "הודעה זו נשלחה כי ביקשת לקבל התראה על תשובות לתגובה שלך.",
    thread: "הודעה זו נשלחה כי התגובות בדיון הזה נמצאות במעקב שלך.",
    confirm: "מישהו הזין את הכתובת הזו בטופס תגובה.",
    moderation: "הודעה זו נשלחה כי זו הכתובת של בעלי האתר (OWNER_EMAIL).",
  },
  unsubscribe: "ביטול המנוי",
  unsubscribeAll: "הפסקת כל הודעות התגובות לכתובת הזו",
};

export const page: PageStrings = {
  confirm: {
    title: "אישור כתובת האימייל",
    text: "מישהו ביקש לקבל התראות על תגובות בכתובת הזו. אם הבקשה הגיעה ממך, יש לאשר למטה; אם לא, אפשר לסגור את הדף ושום דבר לא יקרה.",
    button: "אישור כתובת האימייל שלי",
  },
  confirmed: { title: "כתובת האימייל אושרה", text: "תודה. מעכשיו יישלחו אליך ההתראות על תגובות שביקשת." },
  unsubscribe: {
    thread: { title: "ביטול המנוי", text: "להפסיק את ההתראות על הדיון הזה?", button: "ביטול המנוי" },
    all: {
      title: "ביטול המנוי",
      text: "להפסיק את כל הודעות התגובות לכתובת הזו, עכשיו וגם במנויים עתידיים?",
      button: "ביטול המנוי",
    },
    moderation: { title: "ביטול המנוי", text: "להפסיק את הודעות הניהול?", button: "ביטול המנוי" },
  },
  unsubscribed: {
    thread: { title: "המנוי בוטל", text: "לא יישלחו אליך עוד התראות על הדיון הזה." },
    all: { title: "המנוי בוטל", text: "הכתובת הוסרה מכל המנויים, ולא נכתוב אליה שוב אלא אם יאושר מנוי חדש." },
    moderation: { title: "המנוי בוטל", text: "לא יישלחו אליך עוד הודעות ניהול." },
  },
  invalid: { title: "הקישור אינו תקף", text: "הקישור הזה לא מוכר, פג תוקפו או שהוחלף בקישור חדש יותר." },
};
