// Vite's `?inline` import gives a stylesheet as text (the card passes it to its shadow root).
declare module '*.css?inline' {
  const css: string;
  export default css;
}
