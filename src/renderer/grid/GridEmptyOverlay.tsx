import { Empty, Typography } from 'antd';

export interface GridEmptyOverlayParams {
  title: string;
  hint: string;
}

/** Shown inside an empty grid, under its column headers, so the user also sees which columns the data will have. */
export function GridEmptyOverlay({ title, hint }: GridEmptyOverlayParams) {
  return (
    <div data-testid="grid-empty" style={{ maxWidth: 420, padding: 16, pointerEvents: 'auto' }}>
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={
          <>
            <Typography.Text strong style={{ display: 'block' }}>
              {title}
            </Typography.Text>
            <Typography.Text type="secondary">{hint}</Typography.Text>
          </>
        }
      />
    </div>
  );
}
