import { Card, Descriptions, type DescriptionsProps } from 'antd';
import type { ReactNode } from 'react';

interface Props {
  title: string;
  /** Null while there is nothing to show: `placeholder` is shown instead. */
  items: DescriptionsProps['items'] | null;
  placeholder: ReactNode;
}

/** A Settings section that lists facts, label beside value. */
export function FactsCard({ title, items, placeholder }: Props) {
  return (
    <Card size="small" title={title}>
      {items ? <Descriptions size="small" column={1} colon={false} styles={{ label: { width: 150 } }} items={items} /> : placeholder}
    </Card>
  );
}
