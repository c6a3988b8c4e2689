import { testExerciseChecks } from '../src/testing';

testExerciseChecks('dense-backward');
