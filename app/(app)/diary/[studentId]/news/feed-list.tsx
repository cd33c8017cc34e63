"use client";
// The feed keeps what was new when it was opened highlighted, even after opening it marked
// everything read and the page refreshed.
import { type ReactNode, useState } from "react";

export type TFeedEntry = { key: string; isNew: boolean; content: ReactNode };

export function FeedList({ items, newLabel }: { items: TFeedEntry[]; newLabel: string }) {
  const [newOnOpen] = useState(() => new Set(items.filter((i) => i.isNew).map((i) => i.key)));
  return (
    <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white shadow-sm" data-testid="feed">
      {items.map((item) => {
        const isNew = item.isNew || newOnOpen.has(item.key);
        return (
          <li key={item.key} className={`flex items-start gap-3 px-4 py-3 ${isNew ? "bg-brand-50/60" : ""}`} data-new={isNew || undefined}>
            <div className="min-w-0 flex-1">{item.content}</div>
            {isNew && <span className="shrink-0 rounded-full bg-brand-600 px-2 py-0.5 text-xs font-medium text-white">{newLabel}</span>}
          </li>
        );
      })}
    </ul>
  );
}
