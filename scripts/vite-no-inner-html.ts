// Build plugin: removes Preact's one `innerHTML =` (its dangerouslySetInnerHTML branch). Trackpin renders
// API and page text only as text, never as HTML, so the branch is dead code; without it the Firefox
// package has no assignment to innerHTML for `web-ext lint` (UNSAFE_VAR_ASSIGNMENT) or a reviewer to check.
// Using dangerouslySetInnerHTML now throws. A Preact whose code no longer fits the pattern fails the build,
// so an upgrade cannot bring the assignment back unnoticed.
import type { Plugin } from 'vite';

const ASSIGNMENT = /\((\w+)\.innerHTML=(\w+)\.__html\)/g;

export function noInnerHtml(): Plugin {
  return {
    name: 'trackpin-no-inner-html',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]preact[\\/]dist[\\/]preact\.mjs$/.test(id.split('?')[0]!)) return null;
      const found = code.match(ASSIGNMENT)?.length ?? 0;
      if (found !== 1) throw new Error(`noInnerHtml: expected one innerHTML assignment in ${id}, found ${found}`);
      return { code: code.replace(ASSIGNMENT, '(()=>{throw new Error("dangerouslySetInnerHTML is not supported")})()'), map: null };
    },
  };
}
