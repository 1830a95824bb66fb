import { createApp, type Component } from 'vue';
import { createPinia } from 'pinia';
import App from './App.vue';
import './styles/base.css';
import './styles/print.css';

// The type-aware linter reads App.vue as plain TypeScript; the cast names what vue-tsc already checks.
createApp(App as Component)
  .use(createPinia())
  .mount('#app');
