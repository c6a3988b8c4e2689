import type { ReactNode } from 'react';
import './challenges.css';

/** The challenge pages share one stylesheet (list, workspace, live training, leaderboard). */
export default function ChallengesLayout({ children }: { children: ReactNode }) {
  return children;
}
