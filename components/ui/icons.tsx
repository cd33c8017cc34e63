// Small inline icons drawn in SVG: an emoji needs a font with the glyph, and a machine without one
// shows an empty box. Decorative by default (the text beside them says what they mean).
import type { SVGProps } from "react";

type TIconProps = Omit<SVGProps<SVGSVGElement>, "children">;

function Icon({ className = "inline-block size-[1em] align-[-0.125em]", ...props }: TIconProps & { children: React.ReactNode }) {
  return (
    <svg
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.5}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      className={className}
      {...props}
    />
  );
}

export function LockIcon(props: TIconProps) {
  return (
    <Icon {...props}>
      <rect x="3" y="7" width="10" height="7" rx="1.5" />
      <path d="M5.5 7V5a2.5 2.5 0 0 1 5 0v2" />
    </Icon>
  );
}

/** An open book: homework set for the lesson. */
export function HomeworkIcon(props: TIconProps) {
  return (
    <Icon {...props}>
      <path d="M8 4.5C6.5 3.5 4.5 3 2 3v9c2.5 0 4.5.5 6 1.5 1.5-1 3.5-1.5 6-1.5V3c-2.5 0-4.5.5-6 1.5Z" />
      <path d="M8 4.5v9" />
    </Icon>
  );
}

export function CheckIcon(props: TIconProps) {
  return (
    <Icon {...props}>
      <path d="m3 8.5 3 3 7-7" />
    </Icon>
  );
}

export function MenuIcon(props: TIconProps) {
  return (
    <Icon {...props}>
      <path d="M2.5 4h11M2.5 8h11M2.5 12h11" />
    </Icon>
  );
}

export function PaperclipIcon(props: TIconProps) {
  return (
    <Icon {...props}>
      <path d="m13 7.5-5.2 5.2a3 3 0 0 1-4.3-4.3l5.6-5.6a2 2 0 0 1 2.9 2.9L6.4 11.3a1 1 0 0 1-1.4-1.4l4.9-4.9" />
    </Icon>
  );
}
