// Over a list opened with a filter (usually from a number on the home screen): what it shows, how
// many, and the way back to the whole list.
import { describeFilter } from '../../../shared/contract';
import { navigate, useRoute } from './navigate';
import './routing.css';

export function FilterBanner({ count }: { count: number }) {
  const route = useRoute();
  const what = describeFilter(route.query);
  if (!what) return null;
  return (
    <p className="filter-banner" role="status" data-testid="filter-banner">
      <span>
        Showing <strong data-testid="filter-count">{count}</strong>: {what}.
      </span>
      <button type="button" className="link" onClick={() => navigate({ area: route.area, id: route.id })}>
        Show all
      </button>
    </p>
  );
}
