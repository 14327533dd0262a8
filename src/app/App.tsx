export function App() {
  return <main>SetScout</main>;
}
