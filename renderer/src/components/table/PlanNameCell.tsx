import type { ReactNode } from 'react';
import { hrefOf } from '../../app/routes';

/** A row's heading that names a plan and opens it in the plan builder; `children` add a note beneath. */
export function PlanNameCell({
  planId,
  name,
  children,
}: {
  planId: string;
  name: string;
  children?: ReactNode;
}) {
  return (
    <th scope="row">
      <a href={hrefOf({ screen: 'plans', planId })} dir="auto">
        {name}
      </a>
      {children}
    </th>
  );
}
