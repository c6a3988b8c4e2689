import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationShutdown } from '@nestjs/common';
import pg from 'pg';
import { API_CONFIG, type ApiConfig } from '../config';
import { logger } from '../logger';
import { SUBMISSION_EVENTS_CHANNEL, type SubmissionEvent } from './submissions.repository';

type Listener = (event: SubmissionEvent) => void;

const RECONNECT_MS = 1_000;

/**
 * One LISTEN connection per API process on `submission_events`, fanned out to the
 * server-sent-event streams by submission id. Workers anywhere publish with NOTIFY, so the
 * stream follows a grading whichever process runs it.
 */
@Injectable()
export class SubmissionEvents implements BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly streamClosers = new Set<() => void>();
  private client?: pg.Client;
  private connecting?: Promise<void>;
  private closed = false;

  constructor(@Inject(API_CONFIG) private readonly config: ApiConfig) {}

  /** Calls `listener` with every event of submission `id` until the returned function is called. */
  async subscribe(id: string, listener: Listener): Promise<() => void> {
    await this.connect();
    let set = this.listeners.get(id);
    if (!set) this.listeners.set(id, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.listeners.get(id) === set) this.listeners.delete(id);
    };
  }

  private connect(): Promise<void> {
    if (this.client || this.closed) return Promise.resolve();
    this.connecting ??= this.open().finally(() => (this.connecting = undefined));
    return this.connecting;
  }

  private async open(): Promise<void> {
    const client = new pg.Client({ connectionString: this.config.databaseUrl });
    client.on('notification', (message) => this.dispatch(message.payload));
    client.on('error', (error) => {
      // Streams fall back on their periodic database check while we reconnect.
      logger.warn({ err: error }, 'submission events connection lost; reconnecting');
      if (this.client === client) this.client = undefined;
      client.end().catch(() => undefined);
      if (!this.closed) setTimeout(() => void this.connect().catch(() => undefined), RECONNECT_MS).unref();
    });
    await client.connect();
    await client.query(`LISTEN ${SUBMISSION_EVENTS_CHANNEL}`);
    this.client = client;
  }

  private dispatch(payload: string | undefined): void {
    if (!payload) return;
    let event: SubmissionEvent;
    try {
      event = JSON.parse(payload) as SubmissionEvent;
    } catch {
      return;
    }
    for (const listener of this.listeners.get(event.id) ?? []) listener(event);
  }

  /**
   * Registers how to end an open stream when the API shuts down: the HTTP server cannot
   * close while a stream is open. The client's EventSource reconnects elsewhere.
   */
  onShutdown(closeStream: () => void): () => void {
    this.streamClosers.add(closeStream);
    return () => this.streamClosers.delete(closeStream);
  }

  beforeApplicationShutdown(): void {
    for (const closeStream of [...this.streamClosers]) closeStream();
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    await this.connecting?.catch(() => undefined);
    await this.client?.end().catch(() => undefined);
    this.client = undefined;
  }
}
