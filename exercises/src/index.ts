// The exercise catalogue: discovery and loading of `exercises/<slug>/` folders.
export * from './catalog';
export * from './exercise-files';
export * from './validation';
