import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { Localized } from '@dl/graders';
import type pg from 'pg';
import { PG_POOL } from '../database/database.module';
import { CatalogueService } from '../exercises/catalogue.service';
import { ChallengesRepository } from './challenges.repository';
import { dailyAllowance, type DailyAllowance } from './daily-limit';
import { loadReferenceAccuracies, type ReferenceAccuracy } from './reference-accuracy';

/** One challenge as the list shows it. */
export interface ChallengeSummary {
  slug: string;
  title: Localized;
  /** From the slug: 'mlp' for mnist-mlp, 'cnn' for mnist-cnn. */
  modelKind: string;
  threshold: number;
  budget: { cpuMs: number; memoryMb: number };
  closesAt: string;
  closed: boolean;
  /**
   * Accuracy of the TensorFlow.js reference model on the public half, once measured by
   * `npm run challenges:reference` (null until then), with how it was measured.
   */
  referenceAccuracy: number | null;
  reference: ReferenceAccuracy | null;
  /** The caller's submissions today (with an identity). */
  daily: DailyAllowance | null;
}

export interface LeaderboardEntry {
  rank: number;
  studentName: string;
  publicAccuracy: number;
  /** Shown only once the challenge has closed. */
  privateAccuracy: number | null;
  modelKind: string;
  trainingMs: number;
  submittedAt: string;
}

export interface Leaderboard {
  slug: string;
  closed: boolean;
  closesAt: string;
  threshold: number;
  entries: LeaderboardEntry[];
  /** The best public accuracy so far, each time it improved (for a chart). */
  history: Array<{ at: string; bestPublicAccuracy: number }>;
}

/** The challenges' list and leaderboards, from the catalogue and challenge_results. */
@Injectable()
export class ChallengesService {
  constructor(
    @Inject(PG_POOL) private readonly pool: pg.Pool,
    @Inject(CatalogueService) private readonly catalogue: CatalogueService,
  ) {}

  async list(userId: string | undefined, now = new Date()): Promise<ChallengeSummary[]> {
    const challenges = [...(await this.catalogue.all()).values()].filter((exercise) => exercise.meta.challenge);
    const references = await loadReferenceAccuracies(this.pool);
    return Promise.all(
      challenges.map(async (exercise) => {
        const settings = exercise.meta.challenge!;
        return {
          slug: exercise.slug,
          title: exercise.meta.title,
          modelKind: modelKindOf(exercise.slug),
          threshold: settings.threshold,
          budget: { cpuMs: settings.cpuMs, memoryMb: settings.memoryMb },
          closesAt: settings.closesAt,
          closed: isClosed(settings.closesAt, now),
          referenceAccuracy: references.get(exercise.slug)?.accuracy ?? null,
          reference: references.get(exercise.slug) ?? null,
          daily: userId ? await dailyAllowance(this.pool, userId, exercise.slug, settings.dailyLimit, now) : null,
        };
      }),
    );
  }

  async leaderboard(slug: string, now = new Date()): Promise<Leaderboard> {
    const settings = (await this.catalogue.find(slug))?.meta.challenge;
    if (!settings) throw new NotFoundException(`No challenge "${slug.slice(0, 80)}"`);
    const closed = isClosed(settings.closesAt, now);
    const rows = await ChallengesRepository.leaderboard(this.pool, slug);
    const entries = rows.map((row, index) => ({
      rank: index + 1,
      studentName: row.studentName,
      publicAccuracy: row.publicAccuracy,
      privateAccuracy: closed ? row.privateAccuracy : null,
      modelKind: modelKindOf(slug),
      trainingMs: Math.round(row.trainingMs),
      submittedAt: row.submittedAt,
    }));
    const history: Leaderboard['history'] = [];
    for (const point of await ChallengesRepository.scoredOverTime(this.pool, slug)) {
      if (history.length === 0 || point.publicAccuracy > history.at(-1)!.bestPublicAccuracy) history.push({ at: point.submittedAt, bestPublicAccuracy: point.publicAccuracy });
    }
    return { slug, closed, closesAt: settings.closesAt, threshold: settings.threshold, entries, history };
  }
}

/** 'mnist-cnn' → 'cnn'. */
export function modelKindOf(slug: string): string {
  return slug.replace(/^mnist-/, '');
}

function isClosed(closesAt: string, now: Date): boolean {
  return now.getTime() >= Date.parse(closesAt);
}
