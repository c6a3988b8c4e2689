import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class LocalizedDto {
  @ApiProperty({ type: String, description: 'French (the course language)' })
  fr!: string;
  @ApiProperty({ type: String })
  en!: string;
}

export class ProgressDto {
  @ApiProperty({ type: Number, description: 'Best score over graded submissions (mode submit)' })
  bestScore!: number;
  @ApiProperty({ type: Number })
  maxScore!: number;
  @ApiProperty({ type: Boolean })
  passed!: boolean;
}

export class ExerciseSummaryDto {
  @ApiProperty({ type: String, example: 'dense-forward' })
  slug!: string;
  @ApiProperty({ type: LocalizedDto })
  title!: LocalizedDto;
  @ApiProperty({ enum: ['A', 'B', 'C', 'D', 'E'] })
  module!: 'A' | 'B' | 'C' | 'D' | 'E';
  @ApiProperty({ type: Number })
  order!: number;
  @ApiProperty({ type: Number, minimum: 1, maximum: 3 })
  difficulty!: number;
  @ApiProperty({ type: [String] })
  tags!: string[];
  @ApiProperty({ type: [String], description: 'Names the student module must export' })
  exports!: string[];
  @ApiPropertyOptional({ type: ProgressDto, nullable: true, description: 'With an identity cookie only; null when never submitted' })
  progress?: ProgressDto | null;
}

export class CheckInfoDto {
  @ApiProperty({ type: String })
  id!: string;
  @ApiProperty({ type: LocalizedDto })
  title!: LocalizedDto;
  @ApiProperty({ type: Boolean, description: 'Visible checks run on Run; hidden ones on Submit only' })
  visible!: boolean;
  @ApiProperty({ type: Number })
  points!: number;
}

export class LimitsDto {
  @ApiProperty({ type: Number })
  cpuMs!: number;
  @ApiProperty({ type: Number })
  memoryMb!: number;
}

export class ExerciseDetailDto extends ExerciseSummaryDto {
  @ApiProperty({ type: LocalizedDto, description: 'Markdown with $…$ KaTeX' })
  statement!: LocalizedDto;
  @ApiProperty({ type: String })
  starter!: string;
  @ApiProperty({ type: [CheckInfoDto] })
  checks!: CheckInfoDto[];
  @ApiProperty({ type: LimitsDto })
  limits!: LimitsDto;
}
