// Seconds since a running call began, ticking while it runs: the progress line for slow calls.
import { computed, onBeforeUnmount, ref, watch, type Ref } from 'vue';

export function useElapsed(startedAt: Ref<number | null>) {
  const now = ref(Date.now());
  let timer: ReturnType<typeof setInterval> | undefined;
  const stop = () => {
    clearInterval(timer);
    timer = undefined;
  };
  watch(
    startedAt,
    (start) => {
      stop();
      now.value = Date.now();
      if (start !== null)
        timer = setInterval(() => {
          now.value = Date.now();
        }, 100);
    },
    { immediate: true },
  );
  onBeforeUnmount(stop);
  return computed(() => (startedAt.value === null ? 0 : Math.max(0, now.value - startedAt.value) / 1000));
}
