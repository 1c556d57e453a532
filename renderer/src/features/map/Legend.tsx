// What the shapes, colours and lines mean, drawn with the same colours as the map.
import { NODE_KINDS } from '../../../../shared/domain/model';
import { KIND_STYLES, MAP_COLORS as COLORS } from '../../../../shared/presentation/palette';

const SHAPE_RADIUS: Record<string, string> = {
  'round-rectangle': '4px',
  ellipse: '50%',
  barrel: '30% / 45%',
  rectangle: '0',
  'cut-rectangle': '2px',
  hexagon: '2px',
  tag: '0 40% 40% 0',
};

export function Legend() {
  return (
    <div className="map-legend" aria-label="Legend" role="group">
      <ul>
        {NODE_KINDS.map((k) => (
          <li key={k}>
            <span
              className="map-swatch"
              style={{
                background: KIND_STYLES[k].fill,
                borderColor: KIND_STYLES[k].stroke,
                borderRadius: SHAPE_RADIUS[KIND_STYLES[k].shape],
              }}
            />
            {KIND_STYLES[k].label}
          </li>
        ))}
      </ul>
      <ul>
        <li>
          <span className="map-swatch map-swatch-spof" style={{ borderColor: COLORS.spof }} />
          SPOF
        </li>
        <li>
          <span className="map-line" style={{ borderTopColor: COLORS.inversion, borderTopWidth: 3 }} />
          RTO inversion
        </li>
        <li>
          <span className="map-line" style={{ borderTopColor: COLORS.group, borderTopStyle: 'dashed' }} />
          Redundant group
        </li>
        <li>
          <span className="map-line" style={{ borderTopColor: COLORS.soft, borderTopStyle: 'dotted' }} />
          Soft dependency
        </li>
        <li>
          <span className="map-swatch" style={{ borderColor: COLORS.cycle, borderStyle: 'dashed' }} />
          In a cycle
        </li>
        <li className="muted">Arrows point from consumer to provider</li>
      </ul>
    </div>
  );
}
