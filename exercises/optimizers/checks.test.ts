import { testExerciseChecks } from '../src/testing';

testExerciseChecks('optimizers');
