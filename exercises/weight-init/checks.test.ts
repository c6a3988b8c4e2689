import { testExerciseChecks } from '../src/testing';

testExerciseChecks('weight-init');
