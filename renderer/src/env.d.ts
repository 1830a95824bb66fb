import type { WardbookApi } from '../../electron/common/contract.ts';

declare global {
  interface Window {
    // Absent when the page is opened outside the app (no preload).
    wardbook?: WardbookApi;
  }
}

declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent<object, object, unknown>;
  export default component;
}
