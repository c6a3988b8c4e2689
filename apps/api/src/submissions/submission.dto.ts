import { ApiProperty } from '@nestjs/swagger';

export class SubmissionRequestDto {
  @ApiProperty({ type: String, example: 'dense-forward' })
  exercise!: string;
  @ApiProperty({ type: String, description: 'TypeScript module, at most 64 KiB of UTF-8' })
  code!: string;
  @ApiProperty({ enum: ['run', 'submit'], description: 'run: visible checks; submit: all checks' })
  mode!: 'run' | 'submit';
  @ApiProperty({ type: String, format: 'uuid', required: false, description: 'The assignment it counts for (refused before it opens, flagged late after its deadline)' })
  assignment?: string;
}

export class SubmissionAcceptedDto {
  @ApiProperty({ type: String, format: 'uuid' })
  id!: string;
  @ApiProperty({ enum: ['queued'] })
  status!: 'queued';
}

export class SubmissionDto {
  @ApiProperty({ type: String, format: 'uuid' })
  id!: string;
  @ApiProperty({ type: String })
  exercise!: string;
  @ApiProperty({ enum: ['run', 'submit'] })
  mode!: 'run' | 'submit';
  @ApiProperty({ enum: ['queued', 'running', 'passed', 'failed', 'error'] })
  status!: string;
  @ApiProperty({ type: String })
  code!: string;
  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  finishedAt!: string | null;
  @ApiProperty({ type: Object, nullable: true, description: 'GradingResult (graders/src/result.ts) once graded' })
  result!: unknown;
}
