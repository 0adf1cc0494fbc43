// Vite-specific module shapes for the browser build.
declare module '*.css';
