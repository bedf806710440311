// UI strings. Each language is one string of lines in KEYS order (far smaller in the
// bundle than an object per language). Plural forms are separated by "|" in the order
// of PLURAL_ORDER; "#" is the formatted count, "{m}" the month, "{a}"/"{b}" arguments.
// "untilEnd" follows the "days" phrase ("11 days left" + "until the end of January"), which
// every language here allows, so the plural forms are not repeated.
// Capitals come from CSS text-transform, never from these strings.

export const KEYS = [
  "comments", "donors", "untilEnd", "days", "hours", "minutes", "lastDay", "reached", "ended",
  "donate", "of", "name", "guest", "email", "notify", "notifyNone", "notifyReplies", "notifyAll",
  "comment", "markdown", "post", "reply", "cancel", "edit", "save", "delete", "sortBy", "oldest",
  "newest", "top", "more", "held", "posted", "deleted", "offline", "goalOffline", "up", "down", "empty", "edited",
] as const;

export type Key = (typeof KEYS)[number];

const TABLE: Record<string, string> = {
  en: `# comment|# comments
# donor|# donors
until the end of {m}
# day left|# days left
# hour left|# hours left
# minute left|# minutes left
Last day
Goal reached
Ended
Donate
{a} of {b}
Name
Guest
Email (optional)
Notify me of
nothing
new replies to my comments
all new comments
Comment
Markdown supported
Post comment
Reply
Cancel
Edit
Save
Delete
Sort by
Oldest
Newest
Most voted
Load more comments
Thanks! Your comment is awaiting moderation.
Your comment was posted.
This comment was deleted.
Comments could not be loaded.
The fundraising goal could not be loaded.
Upvote
Downvote
Would love your thoughts, please comment.
edited`,
  de: `# Kommentar|# Kommentare
# Spender|# Spender
bis Ende {m}
Noch # Tag|Noch # Tage
Noch # Stunde|Noch # Stunden
Noch # Minute|Noch # Minuten
Letzter Tag
Ziel erreicht
Beendet
Spenden
{a} von {b}
Name
Gast
E-Mail (optional)
Benachrichtige mich über
nichts
neue Antworten auf meine Kommentare
alle neuen Kommentare
Kommentar
Markdown möglich
Kommentar senden
Antworten
Abbrechen
Bearbeiten
Speichern
Löschen
Sortieren nach
Älteste
Neueste
Beliebteste
Weitere Kommentare laden
Danke! Dein Kommentar wartet auf Freigabe.
Dein Kommentar wurde veröffentlicht.
Dieser Kommentar wurde gelöscht.
Kommentare konnten nicht geladen werden.
Das Spendenziel konnte nicht geladen werden.
Positiv bewerten
Negativ bewerten
Wir freuen uns auf deine Meinung.
bearbeitet`,
  fr: `# commentaire|# commentaires
# donateur|# donateurs
jusqu’à la fin {m}
# jour restant|# jours restants
# heure restante|# heures restantes
# minute restante|# minutes restantes
Dernier jour
Objectif atteint
Terminé
Faire un don
{a} sur {b}
Nom
Invité
E-mail (facultatif)
M’avertir de
rien
nouvelles réponses à mes commentaires
tous les nouveaux commentaires
Commentaire
Markdown accepté
Publier
Répondre
Annuler
Modifier
Enregistrer
Supprimer
Trier par
Plus anciens
Plus récents
Mieux notés
Charger plus de commentaires
Merci ! Votre commentaire est en attente de modération.
Votre commentaire a été publié.
Ce commentaire a été supprimé.
Impossible de charger les commentaires.
Impossible de charger l’objectif de la collecte.
Voter pour
Voter contre
Votre avis nous intéresse, laissez un commentaire.
modifié`,
  es: `# comentario|# comentarios
# donante|# donantes
hasta el final de {m}
Queda # día|Quedan # días
Queda # hora|Quedan # horas
Queda # minuto|Quedan # minutos
Último día
Meta alcanzada
Finalizada
Donar
{a} de {b}
Nombre
Invitado
Correo (opcional)
Avisarme de
nada
nuevas respuestas a mis comentarios
todos los comentarios nuevos
Comentario
Se admite Markdown
Publicar
Responder
Cancelar
Editar
Guardar
Eliminar
Ordenar por
Más antiguos
Más recientes
Más votados
Cargar más comentarios
¡Gracias! Tu comentario está pendiente de moderación.
Tu comentario se ha publicado.
Este comentario fue eliminado.
No se pudieron cargar los comentarios.
No se pudo cargar la meta de recaudación.
Votar a favor
Votar en contra
Nos encantaría saber tu opinión, comenta.
editado`,
  ru: `# комментарий|# комментария|# комментариев|# комментария
# жертвователь|# жертвователя|# жертвователей|# жертвователя
до конца {m}
Остался # день|Осталось # дня|Осталось # дней|Осталось # дня
Остался # час|Осталось # часа|Осталось # часов|Осталось # часа
Осталась # минута|Осталось # минуты|Осталось # минут|Осталось # минуты
Последний день
Цель достигнута
Сбор завершён
Поддержать
{a} из {b}
Имя
Гость
Email (необязательно)
Уведомлять о
ничего
новых ответах на мои комментарии
всех новых комментариях
Комментарий
Поддерживается Markdown
Отправить
Ответить
Отмена
Изменить
Сохранить
Удалить
Сортировка
Старые
Новые
Популярные
Загрузить ещё комментарии
Спасибо! Комментарий ожидает проверки.
Комментарий опубликован.
Комментарий удалён.
Не удалось загрузить комментарии.
Не удалось загрузить цель сбора.
Нравится
Не нравится
Поделитесь мнением в комментариях.
изменено`,
};

/** Plural categories in the order their forms are listed; languages not named use one|other. */
const PLURAL_ORDER: Record<string, string[]> = { ru: ["one", "few", "many", "other"] };

/** The language of a BCP 47 locale that has strings, else English. */
export function language(locale: string): string {
  const lang = locale.toLowerCase().split("-")[0]!;
  return lang in TABLE ? lang : "en";
}

/** The strings of a language as a lookup function. */
export function strings(lang: string): (key: Key) => string {
  const lines = (TABLE[lang] ?? TABLE.en!).split("\n");
  return (key) => lines[KEYS.indexOf(key)] ?? key;
}

/** Number of lines each language has, for the completeness test. */
export const lineCounts = () => Object.fromEntries(Object.entries(TABLE).map(([k, v]) => [k, v.split("\n").length]));

/** Picks the plural form of `forms` for `category` in `lang`. */
export function pluralForm(lang: string, forms: string, category: string): string {
  const list = forms.split("|");
  const index = (PLURAL_ORDER[lang] ?? ["one", "other"]).indexOf(category);
  return list[index] ?? list[list.length - 1]!;
}
