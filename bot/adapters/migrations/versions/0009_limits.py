"""Bounded work per mail: the body of a mail over MAX_MAIL_BYTES, stored in chunks

Revision ID: 0009_limits
Revises: 0008_speed
Create Date: 2026-12-06 08:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0009_limits'
down_revision = '0008_speed'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('mailchunk',
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('mail_id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['mail_id'], ['mail.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('mail_id', 'seq')
    )
    with op.batch_alter_table('mailchunk', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mailchunk_mail_id'), ['mail_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('mailchunk', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mailchunk_mail_id'))
    op.drop_table('mailchunk')
