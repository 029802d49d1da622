// dkfds ships no type declarations; these cover the parts the portal uses.
declare module 'dkfds' {
  export class ErrorSummary {
    constructor(element: HTMLElement);
    init(): void;
  }
}
