// Text of the account, course and gradebook pages (French first). Kept beside lib/i18n.ts so
// that each page group owns its strings.
import type { Language, Localized } from './i18n';

export const accountMessages = {
  signIn: { fr: 'Se connecter', en: 'Sign in' },
  signInTitle: { fr: 'Connexion', en: 'Sign in' },
  email: { fr: 'Adresse électronique', en: 'Email' },
  password: { fr: 'Mot de passe', en: 'Password' },
  name: { fr: 'Nom', en: 'Name' },
  newPassword: { fr: 'Nouveau mot de passe (8 caractères au moins)', en: 'New password (at least 8 characters)' },
  signUpTitle: { fr: 'Créer votre compte', en: 'Create your account' },
  signUp: { fr: 'Créer le compte', en: 'Create the account' },
  resetTitle: { fr: 'Choisir un nouveau mot de passe', en: 'Choose a new password' },
  resetSubmit: { fr: 'Enregistrer', en: 'Save' },
  resetDone: { fr: 'Mot de passe enregistré. Vous pouvez vous connecter.', en: 'Password saved. You can sign in.' },
  missingToken: { fr: 'Lien incomplet : demandez un nouveau lien à votre enseignant.', en: 'Incomplete link: ask your instructor for a new one.' },
  myCourses: { fr: 'Mes cours', en: 'My courses' },
  noCourses: { fr: "Vous n'êtes inscrit à aucun cours.", en: 'You are not enrolled in any course.' },
  newCourse: { fr: 'Nouveau cours', en: 'New course' },
  courseTitle: { fr: 'Titre du cours', en: 'Course title' },
  create: { fr: 'Créer', en: 'Create' },
  roleStudent: { fr: 'étudiant', en: 'student' },
  roleInstructor: { fr: 'enseignant', en: 'instructor' },
  members: { fr: 'Membres', en: 'Members' },
  invite: { fr: "Créer un lien d'inscription", en: 'Create a sign-up link' },
  inviteHint: { fr: 'Lien valable 14 jours, pour tout étudiant qui le reçoit.', en: 'Valid for 14 days, for any student who gets it.' },
  importTitle: { fr: 'Importer des étudiants (CSV : email,name[,password])', en: 'Import students (CSV: email,name[,password])' },
  importSubmit: { fr: 'Importer', en: 'Import' },
  imported: { fr: 'étudiants importés', en: 'students imported' },
  resetLink: { fr: 'Lien de réinitialisation', en: 'Reset link' },
  assignments: { fr: 'Devoirs', en: 'Assignments' },
  noAssignments: { fr: 'Aucun devoir pour le moment.', en: 'No assignment yet.' },
  newAssignment: { fr: 'Nouveau devoir', en: 'New assignment' },
  assignmentTitle: { fr: 'Titre du devoir', en: 'Assignment title' },
  exercises: { fr: 'Exercices (slugs séparés par des virgules, poids optionnel : dense-forward:2)', en: 'Exercises (comma-separated slugs, optional weight: dense-forward:2)' },
  opensAt: { fr: 'Ouverture', en: 'Opens' },
  dueAt: { fr: 'Échéance', en: 'Due' },
  latePenalty: { fr: 'Pénalité de retard (%)', en: 'Late penalty (%)' },
  score: { fr: 'Score', en: 'Score' },
  weight: { fr: 'Poids', en: 'Weight' },
  late: { fr: 'en retard', en: 'late' },
  gradebook: { fr: 'Carnet de notes', en: 'Gradebook' },
  downloadCsv: { fr: 'Télécharger en CSV', en: 'Download as CSV' },
  student: { fr: 'Étudiant', en: 'Student' },
  best: { fr: 'meilleur', en: 'best' },
  latest: { fr: 'dernier', en: 'latest' },
  attempts: { fr: 'essais', en: 'attempts' },
  total: { fr: 'Total pondéré', en: 'Weighted total' },
  submitFor: { fr: 'Soumettre pour le devoir', en: 'Submit for the assignment' },
  noAssignment: { fr: '(aucun devoir)', en: '(no assignment)' },
  history: { fr: 'Historique des soumissions', en: 'Submission history' },
  noSubmissions: { fr: 'Aucune soumission.', en: 'No submission.' },
  date: { fr: 'Date', en: 'Date' },
  exercise: { fr: 'Exercice', en: 'Exercise' },
  status: { fr: 'Statut', en: 'Status' },
  compare: { fr: 'Comparer les deux cochées', en: 'Compare the two ticked' },
  pickTwo: { fr: 'Cochez deux soumissions.', en: 'Tick two submissions.' },
} satisfies Record<string, Localized>;

export type AccountMessageKey = keyof typeof accountMessages;

/** The text of `key` in `lang`. */
export function ta(lang: Language, key: AccountMessageKey): string {
  return accountMessages[key][lang];
}
