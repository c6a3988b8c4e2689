'use client';
import { useRouter } from 'next/navigation';

/** Ends the session (DELETE /api/session) and re-renders the page. */
export function SignOutButton({ label }: { label: string }) {
  const router = useRouter();
  return (
    <button type="button" className="link-button" data-testid="sign-out"
      onClick={async () => {
        await fetch('/api/session', { method: 'DELETE' }).catch((error: unknown) => console.error('sign-out failed', error));
        router.refresh();
      }}>
      {label}
    </button>
  );
}
