// A filter whose choices depend on another (a city's counties): when the city changes, the old city's counties go,
// so no county of another city can be sent with it; the new city's counties come with the next filtering.
document.querySelectorAll('select[data-clears]').forEach(select => {
  select.addEventListener('change', () => {
    const dependent = select.form?.elements.namedItem(select.dataset.clears);
    if (dependent instanceof HTMLSelectElement) {
      dependent.value = '';
      [...dependent.options].filter(o => o.value !== '').forEach(o => o.remove());
    }
  });
});
