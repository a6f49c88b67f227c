/** Where a command writes: standard output, standard error, and whether a person is watching. */
export interface Io {
  out: (s: string | Uint8Array) => void;
  err: (s: string) => void;
  isTTY: boolean;
  /** Standard output with back-pressure, for long outputs (exports): resolves when it may take more. */
  outAsync?: (s: string) => Promise<void>;
}
