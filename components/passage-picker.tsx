"use client";

import { useState, useSyncExternalStore } from "react";
import { Button } from "./button";

const noSubscription = () => () => {};

/**
 * With JavaScript: select text in the requirement (the element `textId`) and choose "Comment on
 * this passage" to put it in the quote field (`fieldId`) and move there. Without JavaScript it is
 * not shown: the passage is pasted into the field, which the command checks against the text.
 */
export function PassagePicker({ textId, fieldId }: { textId: string; fieldId: string }) {
  // False in the server's HTML, true once hydrated: the button exists only where it can work.
  const ready = useSyncExternalStore(noSubscription, () => true, () => false);
  const [message, setMessage] = useState("");
  if (!ready) return null;
  const pick = () => {
    const selection = window.getSelection();
    const text = document.getElementById(textId);
    const field = document.getElementById(fieldId) as HTMLTextAreaElement | null;
    const chosen = selection?.toString().trim() ?? "";
    if (!text || !field || !selection || chosen === "" || !selection.anchorNode || !text.contains(selection.anchorNode)) {
      setMessage("First select a passage of the requirement's text.");
      return;
    }
    field.value = chosen;
    setMessage("The passage is in the comment form below.");
    field.focus();
  };
  return (
    <p className="mt-4 flex flex-wrap items-center gap-3">
      {/* onMouseDown keeps the selection, which a click on a button would otherwise clear first in some browsers. */}
      <Button type="button" variant="secondary" size="sm" className="bg-white" onMouseDown={(e) => e.preventDefault()} onClick={pick}>
        Comment on this passage
      </Button>
      <span aria-live="polite" className="text-sm">
        {message}
      </span>
    </p>
  );
}
