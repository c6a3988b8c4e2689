import { testExerciseChecks } from '../src/testing';

testExerciseChecks('least-squares-line');
