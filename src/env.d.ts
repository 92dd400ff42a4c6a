/// <reference types="astro/client" />

// Plain `tsc` does not run Astro's language plugin; tests import components, which are component factories.
declare module '*.astro' {
  const component: import('astro/runtime/server/render/astro/factory.js').AstroComponentFactory;
  export default component;
}
