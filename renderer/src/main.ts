import { createApp } from 'vue';
import { createPinia } from 'pinia';
import App from './App.vue';
import './styles/base.css';
import './styles/print.css';

createApp(App).use(createPinia()).mount('#app');
