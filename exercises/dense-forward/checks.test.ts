import { testExerciseChecks } from '../src/testing';

testExerciseChecks('dense-forward');
