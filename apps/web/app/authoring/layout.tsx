import type { ReactNode } from 'react';
import '../accounts.css';
import './authoring.css';

/** The authoring pages share the course pages' forms and tables, and their own editor layout. */
export default function AuthoringLayout({ children }: { children: ReactNode }) {
  return children;
}
