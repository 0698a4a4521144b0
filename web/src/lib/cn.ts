import { clsx, type ClassValue } from 'clsx';
import { twMerge } from 'tailwind-merge';

/** Joins class names; of conflicting Tailwind classes the later wins (`w-full` then `w-20` → `w-20`). */
export function cn(...classes: ClassValue[]): string {
  return twMerge(clsx(classes));
}
