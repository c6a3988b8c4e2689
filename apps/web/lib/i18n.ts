/** The two interface languages; French is the course language and the default. */
export type Language = 'fr' | 'en';

export const LANGUAGES: readonly Language[] = ['fr', 'en'];
export const DEFAULT_LANGUAGE: Language = 'fr';
/** Cookie that remembers the chosen language. */
export const LANGUAGE_COOKIE = 'lang';

/** Student-facing text in both languages (same shape as @dl/graders' Localized). */
export interface Localized {
  fr: string;
  en: string;
}

/** Reads a cookie value as a language, falling back to French. */
export function parseLanguage(value: string | undefined | null): Language {
  return value === 'en' ? 'en' : DEFAULT_LANGUAGE;
}

/** Picks the text of a Localized value in the given language. */
export function pick(text: Localized, lang: Language): string {
  return text[lang] || text.fr;
}

/** Every string of the interface. Keys are grouped by page. */
export const messages = {
  /** French puts a (non-breaking) space before a colon, English does not. */
  colon: { fr: '\u00a0:', en: ':' },
  platformName: { fr: "Exercices d'apprentissage profond", en: 'Deep-learning exercises' },
  languageLabel: { fr: 'Langue', en: 'Language' },
  signOut: { fr: 'Se déconnecter', en: 'Sign out' },
  instructor: { fr: 'enseignant', en: 'instructor' },
  apiUnreachable: { fr: "L'API est injoignable", en: 'The API is unreachable' },
  apiUnreachableHint: {
    fr: 'Le serveur de correction ne répond pas. Réessayez dans un instant.',
    en: 'The grading server does not answer. Try again in a moment.',
  },
  requestFailed: { fr: 'La requête a échoué', en: 'The request failed' },

  catalogueTitle: { fr: 'Catalogue des exercices', en: 'Exercise catalogue' },
  catalogueEmpty: { fr: 'Aucun exercice pour le moment.', en: 'No exercises yet.' },
  moduleA: { fr: 'Régression et descente de gradient', en: 'Regression and gradient descent' },
  moduleB: { fr: 'Neurone formel et perceptrons multicouches', en: 'Formal neuron and multilayer perceptrons' },
  moduleC: { fr: 'Réseaux convolutifs', en: 'Convolutional networks' },
  moduleD: { fr: 'Apprentissage non supervisé', en: 'Unsupervised learning' },
  moduleE: { fr: 'Défis MNIST', en: 'MNIST challenges' },
  module: { fr: 'Module', en: 'Module' },
  difficulty: { fr: 'Difficulté', en: 'Difficulty' },
  progressPassed: { fr: 'Réussi', en: 'Passed' },
  progressBest: { fr: 'Meilleur score', en: 'Best score' },
  progressNone: { fr: 'Pas encore tenté', en: 'Not attempted yet' },

  exerciseNotFound: { fr: 'Exercice introuvable', en: 'Exercise not found' },
  backToCatalogue: { fr: '← Catalogue', en: '← Catalogue' },
  limits: { fr: 'Limites', en: 'Limits' },
  megabytes: { fr: 'Mo', en: 'MB' },
  checksList: { fr: 'Vérifications', en: 'Checks' },
  run: { fr: 'Exécuter', en: 'Run' },
  submit: { fr: 'Soumettre', en: 'Submit' },
  runHint: { fr: 'vérifications visibles', en: 'visible checks' },
  submitHint: { fr: 'toutes les vérifications', en: 'all checks' },
  resetStarter: { fr: 'Revenir au code de départ', en: 'Reset to starter' },
  resetConfirm: {
    fr: 'Remplacer votre code par le code de départ ?',
    en: 'Replace your code with the starter?',
  },
  loadingEditor: { fr: "Chargement de l'éditeur…", en: 'Loading the editor…' },
  signInToSubmit: { fr: 'Connectez-vous (en haut) pour soumettre.', en: 'Sign in (top) to submit.' },

  statusQueued: { fr: "En file d'attente", en: 'Queued' },
  statusRunning: { fr: 'Correction en cours', en: 'Grading' },
  statusPassed: { fr: 'Réussi', en: 'Passed' },
  statusFailed: { fr: 'Échoué', en: 'Failed' },
  statusError: { fr: 'Erreur de la plateforme', en: 'Platform error' },
  progressChecks: { fr: 'vérifications faites', en: 'checks done' },
  score: { fr: 'Score', en: 'Score' },
  seed: { fr: 'Graine', en: 'Seed' },
  referenceBackend: { fr: 'Référence calculée par', en: 'Reference computed by' },
  timings: { fr: 'Durées', en: 'Timings' },
  timingTranspile: { fr: 'transpilation', en: 'transpile' },
  timingSetup: { fr: 'préparation', en: 'setup' },
  timingChecks: { fr: 'vérifications', en: 'checks' },
  timingTotal: { fr: 'total', en: 'total' },
  timingCpu: { fr: 'CPU', en: 'CPU' },
  modeRun: { fr: 'Exécution', en: 'Run' },
  modeSubmit: { fr: 'Soumission', en: 'Submission' },
  gradingFailure: { fr: 'La correction n’a pas pu aller au bout', en: 'Grading could not complete' },
  line: { fr: 'ligne', en: 'line' },
  column: { fr: 'colonne', en: 'column' },
  platformErrorHint: {
    fr: 'Ce n’est pas de votre faute : cette tentative ne compte pas.',
    en: 'This is not your fault: this attempt does not count.',
  },
  failureSyntax: { fr: 'Erreur de syntaxe', en: 'Syntax error' },
  failureImport: { fr: 'Import interdit', en: 'Forbidden import' },
  failureMissingExport: { fr: 'Export manquant', en: 'Missing export' },
  failureTopLevelThrew: { fr: 'Exception au chargement du module', en: 'The module threw while loading' },
  failureTimeLimit: { fr: 'Limite de temps dépassée', en: 'Time limit exceeded' },
  failureMemoryLimit: { fr: 'Limite de mémoire dépassée', en: 'Memory limit exceeded' },
  failureCrash: { fr: 'Le bac à sable a planté', en: 'The sandbox crashed' },
  failureTooLarge: { fr: 'Code trop volumineux', en: 'Code too large' },
  failureInvalidEncoding: { fr: 'Encodage invalide', en: 'Invalid encoding' },

  visible: { fr: 'visible', en: 'visible' },
  hidden: { fr: 'cachée', en: 'hidden' },
  points: { fr: 'points', en: 'points' },
  input: { fr: 'Entrée', en: 'Input' },
  expected: { fr: 'Attendu', en: 'Expected' },
  got: { fr: 'Obtenu', en: 'Got' },
  worstElement: { fr: 'Plus grand écart', en: 'Largest error' },
  index: { fr: 'indice', en: 'index' },
  error: { fr: 'écart', en: 'error' },
  allowed: { fr: 'toléré', en: 'allowed' },
  gradientCheck: { fr: 'Vérification du gradient', en: 'Gradient check' },
  parameter: { fr: 'paramètre', en: 'parameter' },
  analytic: { fr: 'analytique', en: 'analytic' },
  numeric: { fr: 'numérique', en: 'numeric' },
  reference: { fr: 'référence', en: 'reference' },
  ok: { fr: 'ok', en: 'ok' },
  logs: { fr: 'Sortie console', en: 'Console output' },
  noLogs: { fr: '(aucune sortie)', en: '(no output)' },
  heatmapUnsupported: { fr: 'Carte de chaleur', en: 'Heatmap' },

  challengesTitle: { fr: 'Défis MNIST', en: 'MNIST challenges' },
  challengesIntro: {
    fr: 'Entraînez votre modèle sur le serveur et visez le haut du classement. La précision publique compte tout de suite ; la moitié privée est révélée à la clôture.',
    en: 'Train your model on the server and aim for the top of the leaderboard. Public accuracy counts at once; the private half is revealed when the challenge closes.',
  },
  challengesEmpty: { fr: 'Aucun défi pour le moment.', en: 'No challenges yet.' },
  challengeNotFound: { fr: 'Défi introuvable', en: 'Challenge not found' },
  allChallenges: { fr: 'Défis et classements', en: 'Challenges and leaderboards' },
  backToChallenges: { fr: '← Défis', en: '← Challenges' },
  backToChallenge: { fr: '← Retour au défi', en: '← Back to the challenge' },
  modelKind: { fr: 'Modèle', en: 'Model' },
  threshold: { fr: 'Seuil de réussite', en: 'Passing threshold' },
  trainingBudget: { fr: 'Budget d’entraînement', en: 'Training budget' },
  closesAt: { fr: 'Clôture', en: 'Closes' },
  challengeClosed: { fr: 'Clos', en: 'Closed' },
  challengeOpen: { fr: 'Ouvert', en: 'Open' },
  referenceAccuracy: { fr: 'Précision de référence (TensorFlow.js)', en: 'Reference accuracy (TensorFlow.js)' },
  dailyRemaining: { fr: 'Soumissions restantes aujourd’hui', en: 'Submissions left today' },
  dailyResetsAt: { fr: 'remise à zéro', en: 'resets' },
  signInForDaily: { fr: 'Connectez-vous pour soumettre.', en: 'Sign in to submit.' },
  openChallenge: { fr: 'Relever le défi', en: 'Take the challenge' },
  viewLeaderboard: { fr: 'Classement complet', en: 'Full leaderboard' },
  leaderboard: { fr: 'Classement', en: 'Leaderboard' },
  leaderboardEmpty: { fr: 'Personne n’a encore de précision publique : soyez le premier.', en: 'Nobody has a public accuracy yet: be the first.' },
  rank: { fr: 'Rang', en: 'Rank' },
  student: { fr: 'Étudiant', en: 'Student' },
  publicAccuracy: { fr: 'Précision publique', en: 'Public accuracy' },
  privateAccuracy: { fr: 'Précision privée', en: 'Private accuracy' },
  privateHidden: { fr: 'La précision privée est révélée à la clôture du défi.', en: 'The private accuracy is revealed when the challenge closes.' },
  trainingTime: { fr: 'Durée d’entraînement', en: 'Training time' },
  submittedAt: { fr: 'Soumis le', en: 'Submitted' },
  queuePosition: { fr: 'Position dans la file des défis', en: 'Position in the challenge queue' },
  trainingProgress: { fr: 'Entraînement en cours', en: 'Training' },
  waitingFirstReport: { fr: 'En attente du premier report(epoch, loss)…', en: 'Waiting for the first report(epoch, loss)…' },
  epoch: { fr: 'Époque', en: 'Epoch' },
  loss: { fr: 'Perte', en: 'Loss' },
  cpuUsed: { fr: 'Temps CPU utilisé', en: 'CPU time used' },
  challengeResult: { fr: 'Résultat de l’entraînement', en: 'Training result' },
  trainImages: { fr: 'images d’entraînement', en: 'training images' },
  testImages: { fr: 'images de test', en: 'test images' },
} satisfies Record<string, Localized>;

export type MessageKey = keyof typeof messages;

/** Translates an interface string. */
export function t(lang: Language, key: MessageKey): string {
  return messages[key][lang];
}

/** A translator bound to one language, for components that use many strings. */
export function translator(lang: Language): (key: MessageKey) => string {
  return (key) => messages[key][lang];
}
