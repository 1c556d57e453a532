// Workshop packets: hand one out of this workspace, or bring one back and merge it after a review.
import { BringBack } from './BringBack';
import { HandOutForm } from './HandOutForm';
import './packets.css';

export function PacketsView() {
  return (
    <section className="packets" aria-labelledby="packets-title">
      <h1 id="packets-title">Workshop packets</h1>
      <div className="packets-grid">
        <HandOutForm />
        <BringBack />
      </div>
    </section>
  );
}
