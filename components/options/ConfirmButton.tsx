import { useState } from 'preact/hooks';

interface Props {
  label: string;
  question: string;
  yes: string;
  no: string;
  onConfirm: () => void;
}

/** A button that asks before it acts: the question, a danger-styled yes, and a way back. */
export function ConfirmButton({ label, question, yes, no, onConfirm }: Props) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming)
    return (
      <button type="button" onClick={() => setConfirming(true)}>
        {label}
      </button>
    );
  return (
    <div class="row">
      <p>{question}</p>
      <button
        type="button"
        class="danger"
        onClick={() => {
          setConfirming(false);
          onConfirm();
        }}
      >
        {yes}
      </button>
      <button type="button" onClick={() => setConfirming(false)}>
        {no}
      </button>
    </div>
  );
}
