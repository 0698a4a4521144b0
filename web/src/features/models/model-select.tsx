import { useQuery } from '@tanstack/react-query';
import type { ComponentProps } from 'react';
import { api, unwrap } from '../../api/client';
import { Select } from '../../components/ui/field';

/** The transcription models the server knows, for choosing one; `''` stands for `emptyLabel`. */
export function ModelSelect({ value, onChange, emptyLabel, ...props }: Omit<ComponentProps<typeof Select>, 'onChange' | 'children'> & { value: string; onChange: (model: string) => void; emptyLabel: string }) {
  const models = useQuery({ queryKey: ['models'], queryFn: async () => unwrap(await api.GET('/api/v1/models/transcription')).items });
  return (
    <Select {...props} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{emptyLabel}</option>
      {models.data
        ?.filter((m) => m.capabilities.includes('transcription'))
        .map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
            {m.installed ? '' : ' (downloads on first use)'}
          </option>
        ))}
    </Select>
  );
}
