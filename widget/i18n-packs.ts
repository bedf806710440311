// The strings of languages other than English. They are not in widget.js: the Worker
// serves each as JSON (GET /widget/i18n/<lang>.json, see src/routes/pages.ts) and a page
// loads only its own, in parallel with the first-paint API request. Lines in KEYS order,
// as in i18n.ts.

export const PACKS: Record<string, string> = {
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
bearbeitet
Weitere Antworten
verifiziert
Betreiber`,
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
modifié
Plus de réponses
vérifié
propriétaire`,
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
editado
Más respuestas
verificado
propietario`,
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
изменено
Ещё ответы
подтверждён
владелец`,
};

/** A pack as the JSON object the widget loads: key → string. */
export function packTable(lang: string, keys: readonly string[]): Record<string, string> | null {
  const lines = PACKS[lang]?.split("\n");
  return lines ? Object.fromEntries(keys.map((key, i) => [key, lines[i]!])) : null;
}
